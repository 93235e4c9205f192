package de.newsroom.console.security;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

    @Query("select u from User u where lower(u.username) = lower(?1)")
    Optional<User> findByUsernameIgnoreCase(String username);

    /** Locks the row so that parallel failed logins count one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from User u where lower(u.username) = lower(?1)")
    Optional<User> findByUsernameIgnoreCaseForUpdate(String username);

    /** Every enabled admin, locked, so two admins cannot demote each other at the same moment. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from User u join u.roles r where r = de.newsroom.console.security.Role.ADMIN and u.enabled = true")
    List<User> lockEnabledAdmins();

    @Query("select u from User u order by lower(u.username)")
    List<User> page(Pageable page);
}
