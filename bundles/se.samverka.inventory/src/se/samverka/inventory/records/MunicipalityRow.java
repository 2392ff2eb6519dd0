package se.samverka.inventory.records;

import java.util.List;

/**
 * A municipality as the list of municipalities and the start card show it.
 *
 * @param id       the municipality's (organisation's) id
 * @param name     its name
 * @param severity the worst of its findings
 * @param findings the rule's findings, worst first
 */
public record MunicipalityRow(String id, String name, Severity severity, List<Finding> findings) {

    public MunicipalityRow {
        findings = List.copyOf(findings);
    }
}
