package de.newsroom.console.reader;

import javax.sql.DataSource;

/** The generic plan of a statement as prepared, for tests that check which index a reader list reads. */
final class GenericPlans {

    private GenericPlans() {
    }

    /** The plan with {@code ?} placeholders as {@code $n}, sequential scans discouraged (test tables are small). */
    static String of(DataSource dataSource, String sql) throws Exception {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            numbered.append(c == '?' ? "$" + ++n : String.valueOf(c));
        }
        var hikari = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        var props = new java.util.Properties();
        props.setProperty("user", hikari.getUsername());
        if (hikari.getPassword() != null) {
            props.setProperty("password", hikari.getPassword());
        }
        // EXPLAIN (GENERIC_PLAN) takes $n placeholders only over the simple query protocol.
        props.setProperty("preferQueryMode", "simple");
        try (var connection = java.sql.DriverManager.getConnection(hikari.getJdbcUrl(), props);
             var statement = connection.createStatement()) {
            statement.execute("set enable_seqscan = off");
            var rs = statement.executeQuery("explain (generic_plan) " + numbered);
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
            return plan.toString();
        }
    }
}
