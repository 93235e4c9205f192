# Builds the production jar (pre-compiled Vaadin bundle, no Node needed) and runs it with the prod profile.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
COPY frontend frontend
RUN ./mvnw -B -q -Pproduction -DskipTests package

FROM eclipse-temurin:25-jre
RUN useradd --system --home /app newsroom && apt-get update -qq && apt-get install -y -qq wget && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/newsroom-console-*.jar app.jar
USER newsroom
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
