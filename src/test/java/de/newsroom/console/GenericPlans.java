package de.newsroom.console;

import javax.sql.DataSource;

/**
 * The generic plan of a statement as the console prepares it (its {@code ?} placeholders become {@code $1, $2, ...}),
 * planned with sequential scans discouraged: on a small test table a scan may be cheapest, so the check is that an
 * index can serve the statement at all. For tests that check which index a list reads (the reader's lists, the
 * queue's pages in ScaleRegressionTest).
 */
public final class GenericPlans {

    private GenericPlans() {
    }

    /** The plan with {@code ?} placeholders as {@code $n}, sequential scans discouraged (test tables are small). */
    public static String of(DataSource dataSource, String sql) throws java.sql.SQLException {
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
