package se.samverka.store.internal.jpa;

import java.util.Date;

/**
 * A row of the change log (table CHANGE_LOG), mapped in META-INF/store-orm.xml. Written in the same transaction as
 * the change it records.
 */
public class ChangeLogRow {
    long seq;
    String objectType;
    String objectId;
    String kind;
    String fields;
    long oldVersion;
    long newVersion;
    String userName;
    Date changedAt;
    boolean sent;
}
