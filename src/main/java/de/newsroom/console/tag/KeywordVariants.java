package de.newsroom.console.tag;

import java.util.Set;

// TEMPORARY (round 5 tuning): rule variants switched by -Dkeywords.variants=a,b; removed before the round is final.
final class KeywordVariants {
    private KeywordVariants() {
    }

    static boolean on(String name) {
        String v = System.getProperty("keywords.variants", "");
        return Set.of(v.split(",")).contains(name);
    }
}
