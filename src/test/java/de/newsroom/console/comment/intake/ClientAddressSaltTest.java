package de.newsroom.console.comment.intake;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.base.db.SiteSecrets;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The client-address salt without configuration is generated once per database and shared: every instance (another
 * node, the same node after a restart) hashes an address alike; a configured salt overrides the stored one.
 */
@IntegrationTest
class ClientAddressSaltTest {

    private static final String ADDRESS = "203.0.113.7";

    @Autowired
    ClientAddresses running;

    @Autowired
    SiteSecrets secrets;

    @Autowired
    JdbcTemplate jdbc;

    private ClientAddresses another(String salt) {
        return new ClientAddresses(new CommentProperties(salt, List.of(), Duration.ofHours(1),
                new CommentProperties.RateLimit(true, 5, 5, 30, 30, 10, 10)), secrets);
    }

    @Test
    void instances_without_a_configured_salt_share_the_one_stored_in_the_database() throws Exception {
        ClientAddresses otherNode = another("");
        ClientAddresses afterRestart = another(null);

        assertThat(otherNode.hash(ADDRESS)).isEqualTo(running.hash(ADDRESS)).isEqualTo(afterRestart.hash(ADDRESS));
        assertThat(otherNode.hash("203.0.113.8")).isNotEqualTo(otherNode.hash(ADDRESS));
        byte[] stored = jdbc.queryForObject("select value from site_secret where name = ?", byte[].class,
                ClientAddresses.STORED_SALT);
        assertThat(stored).hasSize(32);
        assertThat(running.hash(ADDRESS)).isEqualTo(hmac(stored, ADDRESS));
        assertThat(jdbc.queryForObject("select count(*) from site_secret where name = ?", Integer.class,
                ClientAddresses.STORED_SALT)).isEqualTo(1);
    }

    @Test
    void a_configured_salt_overrides_the_stored_one() throws Exception {
        ClientAddresses configured = another("salt-from-the-environment");

        assertThat(configured.hash(ADDRESS))
                .isEqualTo(hmac("salt-from-the-environment".getBytes(StandardCharsets.UTF_8), ADDRESS))
                .isNotEqualTo(another("").hash(ADDRESS));
    }

    private static String hmac(byte[] key, String address) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
    }
}
