package se.samverka.inventory;

import java.math.BigDecimal;

import se.samverka.model.SupportStatus;

/**
 * One line of the list of support: a round's municipality with its status and amounts (ids, names and values only,
 * so the list reads no object graphs).
 */
public record SupportRow(String roundId, String roundTitle, int year, String supportId, String municipality,
        SupportStatus status, BigDecimal offered, BigDecimal applied, BigDecimal granted) {
}
