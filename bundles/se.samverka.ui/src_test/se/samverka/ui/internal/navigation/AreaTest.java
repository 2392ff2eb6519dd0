package se.samverka.ui.internal.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class AreaTest {

    @Test
    void readsTheOrderOfAnArea() {
        assertEquals(20, Area.parseOrder(" 20 "));
        assertEquals(Area.UNORDERED, Area.parseOrder(null));
        assertEquals(Area.UNORDERED, Area.parseOrder("first"));
    }

    @Test
    void sortsByOrderThenByLabel() {
        Area courses = new Area("courses", "Utbildningar", "", "", 20);
        Area meetings = new Area("meetings", "Möten", "", "", 10);
        Area budget = new Area("budget", "budget", "", "", Area.UNORDERED);
        Area archive = new Area("archive", "Arkiv", "", "", Area.UNORDERED);
        List<Area> sorted = Stream.of(budget, courses, archive, meetings).sorted(Area.NAVIGATION_ORDER).toList();
        assertEquals(List.of(meetings, courses, archive, budget), sorted);
    }
}
