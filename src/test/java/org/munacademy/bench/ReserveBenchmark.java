package org.munacademy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark of the personnel reserve at a national size (issue 11's acceptance), on a server whose database
 * {@link ReserveScale} filled (500,000 persons with evidence, 50,000 entries): a vacancy shortlist over every employee
 * of one region and over the national reserve, and the whole country's analytics, one call at a time as the
 * administrator, each as a ratio to a bare authenticated call ({@code GET assessment/clock}) measured in the same run,
 * with p50/p95 and SQL statements per call (the server's own counter). Targets: shortlist p95 ≤ 200 ms, country
 * analytics ≤ 1 s.
 * <p>
 * <b>Not</b> part of the suite; see the README's "Reserve benchmark" section. System properties: {@code bench.url},
 * {@code bench.calls} (30), {@code bench.region} (a region's code, {@code 35}), {@code bench.group} (the target
 * group, {@code CHIEF}), {@code bench.password}.
 */
@ExtendWith(BenchReport.class)
class ReserveBenchmark {

    private final URI url = URI.create(System.getProperty("bench.url", "http://localhost:8080").replaceAll("/$", "")
            + "/api/v1/");
    private final String password = System.getProperty("bench.password", "demo12345");
    private final int calls = Integer.getInteger("bench.calls", 30);
    private final String regionCode = System.getProperty("bench.region", "35");
    private final String group = System.getProperty("bench.group", "CHIEF");

    @Test
    void shortlists_over_a_region_and_the_national_reserve_and_the_countrys_analytics() {
        BenchHttp admin = new BenchHttp(url, "admin", password);
        long region = admin.get("regions").parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("code").equals(regionCode)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        BenchHttp.Reply first = admin.get("reserve/shortlists?group=" + group + "&region=" + region
                + "&everyone=true");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonObject shortlist = first.json();
        BenchHttp.Reply country = admin.get("reserve/analytics");
        assertThat(country.status()).as(country.toString()).isEqualTo(200);
        long entries = country.json().getJsonObject("figures").getJsonNumber("size").longValue();

        List<String[]> rows = new ArrayList<>();
        BenchStats base = BenchPhase.measure(admin, admin, calls, i -> "assessment/clock");
        rows.add(BenchPhase.line("baseline GET assessment/clock (admin)", base, base));
        BenchStats everyone = BenchPhase.measure(admin, admin, calls, i -> "reserve/shortlists?group=" + group
                + "&region=" + region + "&everyone=true");
        rows.add(BenchPhase.line("shortlist " + group + ", every employee of region " + regionCode, everyone, base));
        BenchStats national = BenchPhase.measure(admin, admin, calls, i -> "reserve/shortlists?group=" + group);
        rows.add(BenchPhase.line("shortlist " + group + ", the reserves of the whole country", national, base));
        BenchStats analytics = BenchPhase.measure(admin, admin, calls, i -> "reserve/analytics");
        rows.add(BenchPhase.line("analytics, the whole country", analytics, base));

        System.out.println();
        System.out.printf(Locale.ROOT, "Reserve benchmark at %s, %d calls per phase, one at a time; region %s: %d "
                + "candidates ranked (truncated: %s); country: %d in the reserve now%n", url, calls, regionCode,
                shortlist.getInt("candidates", -1),
                shortlist.getBoolean("truncated", false), entries);
        System.out.printf("%-62s %9s %9s %9s %9s %9s%n", "phase", "p50 ms", "p95 ms", "SQL/call", "p50 ×base",
                "p95 ×base");
        rows.forEach(r -> System.out.printf("%-62s %9s %9s %9s %9s %9s%n", (Object[]) r));
    }
}
