package se.samverka.demo.internal;

import java.util.List;
import java.util.Locale;

/**
 * A municipality to generate: its name, code, e-mail domain, local police area, localities (for project titles and
 * meeting places) and weight (how much happens there, relative to the others).
 */
public record Municipality(String name, String code, String domain, String policeArea, List<String> places,
        int weight) {

    /** The short name ("Uppsala" of "Uppsala kommun"). */
    public String shortName() {
        return name.replaceFirst("s? kommun$", "");
    }

    /** The eight municipalities of Uppsala county. */
    public static List<Municipality> uppsalaCounty() {
        return List.of(
                new Municipality("Enköpings kommun", "0381", "enkoping.se", "Lokalpolisområde Enköping",
                        List.of("Enköpings centrum", "Fanna", "Västerleden", "Grillby", "Örsundsbro"), 9),
                new Municipality("Heby kommun", "0331", "heby.se", "Lokalpolisområde Sala–Heby",
                        List.of("Heby tätort", "Östervåla", "Tärnsjö", "Morgongåva"), 5),
                new Municipality("Håbo kommun", "0305", "habo.se", "Lokalpolisområde Enköping",
                        List.of("Bålsta centrum", "Skokloster", "Gransäter", "Västerskog"), 6),
                new Municipality("Knivsta kommun", "0330", "knivsta.se", "Lokalpolisområde Uppsala",
                        List.of("Knivsta centrum", "Alsike", "Vassunda", "Särsta"), 6),
                new Municipality("Tierps kommun", "0360", "tierp.se", "Lokalpolisområde Tierp",
                        List.of("Tierps köping", "Skärplinge", "Söderfors", "Örbyhus", "Karlholmsbruk"), 7),
                new Municipality("Uppsala kommun", "0380", "uppsala.se", "Lokalpolisområde Uppsala",
                        List.of("Gränby", "Gottsunda", "Valsätra", "Sävja", "Stenhagen", "Storvreta",
                                "Resecentrum", "Stora torget"), 16),
                new Municipality("Älvkarleby kommun", "0319", "alvkarleby.se", "Lokalpolisområde Tierp",
                        List.of("Skutskär", "Älvkarleby", "Gårdskär"), 5),
                new Municipality("Östhammars kommun", "0382", "osthammar.se", "Lokalpolisområde Tierp",
                        List.of("Öregrund", "Östhammar centrum", "Gimo", "Alunda", "Österbybruk"), 6));
    }

    /** {@code count} made-up municipalities ("Norrby kommun", …) for the large benchmark county. */
    public static List<Municipality> synthetic(int count) {
        String[] stems = { "Norr", "Sö", "Väst", "Öst", "Berg", "Dal", "Sjö", "Ås", "Ek", "Lund", "Mo", "Vik",
            "Hed", "Fors", "Å", "Holm", "Strand", "Skog", "Ny", "Gran" };
        String[] endings = { "by", "köping", "sala", "torp", "hamn", "berga", "ås", "vik" };
        List<Municipality> all = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = stems[i % stems.length] + endings[(i / stems.length + i) % endings.length];
            if (i >= stems.length * endings.length) {
                name = name + " " + (i / (stems.length * endings.length) + 1);
            }
            String domain = Names.asciiLower(name).replace(" ", "") + ".se";
            all.add(new Municipality(name + " kommun", String.format(Locale.ROOT, "%04d", 9000 + i), domain,
                    "Lokalpolisområde " + name, List.of(name + " centrum", "Norra " + name, "Södra " + name,
                            name + " station"), 3 + i % 8));
        }
        return all;
    }
}
