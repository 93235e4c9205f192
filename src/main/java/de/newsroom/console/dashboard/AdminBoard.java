package de.newsroom.console.dashboard;

import java.util.List;

/**
 * What an admin should look at: locked accounts (first few usernames and their number), failed logins in the last
 * 24 hours, and categories without any article in them or below them.
 */
public record AdminBoard(List<String> lockedAccounts, long lockedCount, CappedCount failedLogins24h,
                         List<String> emptyCategories, long emptyCategoryCount) {
}
