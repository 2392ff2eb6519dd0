package se.samverka.model.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * Writes the EclipseLink (JPA) mapping of an Ecore package as {@code orm.xml}, by convention, so that the mapping
 * can never drift from the model:
 * <ul>
 * <li>the root abstract class (the one with the {@code id} attribute) and every other abstract class become mapped
 * superclasses; every concrete class an entity with its own table (UPPER_SNAKE_CASE of the class name);</li>
 * <li>{@code id} is the primary key, {@code version} the optimistic-lock version;</li>
 * <li>attributes become columns (dates as TIMESTAMP, enums by name, money as DECIMAL(19,2)); many-valued enums an
 * ordered collection table;</li>
 * <li>single references a foreign key; many non-containment references an ordered join table; containment
 * references are owned (cascade, orphan removal), many-valued ones by a foreign key and an order column in the
 * child's table;</li>
 * <li>everything is loaded eagerly (no weaving in OSGi);</li>
 * <li>names that are reserved words in Derby get a trailing underscore.</li>
 * </ul>
 * Entities are the generated {@code Impl} classes; references name them as target entities.
 */
public final class OrmGenerator {

    /** Derby's reserved words (its SQL reference) and a few more that databases commonly reserve. */
    private static final Set<String> RESERVED = Set.of(
            "ABSOLUTE", "ACTION", "ADD", "ALL", "ALLOCATE", "ALTER", "AND", "ANY", "ARE", "AS", "ASC", "ASSERTION",
            "AT", "AUTHORIZATION", "AVG", "BEGIN", "BETWEEN", "BIGINT", "BIT", "BOOLEAN", "BOTH", "BY", "CALL",
            "CASCADE", "CASCADED", "CASE", "CAST", "CHAR", "CHARACTER", "CHECK", "CLOSE", "COALESCE", "COLLATE",
            "COLLATION", "COLUMN", "COMMIT", "CONNECT", "CONNECTION", "CONSTRAINT", "CONSTRAINTS", "CONTINUE",
            "CONVERT", "CORRESPONDING", "COUNT", "CREATE", "CROSS", "CURRENT", "CURRENT_DATE", "CURRENT_ROLE",
            "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "CURSOR", "DATE", "DEALLOCATE", "DEC", "DECIMAL",
            "DECLARE", "DEFAULT", "DEFERRABLE", "DEFERRED", "DELETE", "DESC", "DESCRIBE", "DIAGNOSTICS",
            "DISCONNECT", "DISTINCT", "DOUBLE", "DROP", "ELSE", "END", "ESCAPE", "EXCEPT", "EXCEPTION", "EXEC",
            "EXECUTE", "EXISTS", "EXPLAIN", "EXTERNAL", "FALSE", "FETCH", "FIRST", "FLOAT", "FOR", "FOREIGN",
            "FOUND", "FROM", "FULL", "FUNCTION", "GET", "GETCURRENTCONNECTION", "GLOBAL", "GO", "GOTO", "GRANT",
            "GROUP", "HAVING", "HOUR", "IDENTITY", "IMMEDIATE", "IN", "INDICATOR", "INITIALLY", "INNER", "INOUT",
            "INPUT", "INSENSITIVE", "INSERT", "INT", "INTEGER", "INTERSECT", "INTO", "IS", "ISOLATION", "JOIN",
            "KEY", "LAST", "LEADING", "LEFT", "LEVEL", "LIKE", "LOWER", "LTRIM", "MATCH", "MAX", "MIN", "MINUTE",
            "NATIONAL", "NATURAL", "NCHAR", "NEXT", "NO", "NONE", "NOT", "NULL", "NULLIF", "NUMBER", "NUMERIC",
            "NVARCHAR", "OF", "OFFSET", "ON", "ONLY", "OPEN", "OPTION", "OR", "ORDER", "OUT", "OUTER", "OVERLAPS",
            "PAD", "PARTIAL", "POSITION", "PREPARE", "PRESERVE", "PRIMARY", "PRIOR", "PRIVILEGES", "PROCEDURE",
            "PUBLIC", "READ", "REAL", "REFERENCES", "RELATIVE", "RESTRICT", "REVOKE", "RIGHT", "ROLE", "ROLLBACK",
            "ROW", "ROWS", "ROW_NUMBER", "RTRIM", "SCHEMA", "SCROLL", "SECOND", "SELECT", "SESSION", "SESSION_USER",
            "SET", "SMALLINT", "SOME", "SPACE", "SQL", "SQLCODE", "SQLERROR", "SQLSTATE", "START", "SUBSTR",
            "SUBSTRING", "SUM", "SYSTEM_USER", "TABLE", "TEMPORARY", "THEN", "TIME", "TIMESTAMP", "TIMEZONE_HOUR",
            "TIMEZONE_MINUTE", "TO", "TRAILING", "TRANSACTION", "TRANSLATE", "TRANSLATION", "TRIM", "TRUE", "UNION",
            "UNIQUE", "UNKNOWN", "UPDATE", "UPPER", "USAGE", "USER", "USING", "VALUE", "VALUES", "VARCHAR",
            "VARYING", "VIEW", "WHENEVER", "WHERE", "WITH", "WORK", "WRITE", "XML", "XMLEXISTS", "XMLPARSE",
            "XMLQUERY", "XMLSERIALIZE", "YEAR");

    private final EPackage ePackage;
    private final String javaPackage;
    private final StringBuilder xml = new StringBuilder();

    private OrmGenerator(EPackage ePackage, String basePackage) {
        this.ePackage = ePackage;
        this.javaPackage = basePackage + "." + ePackage.getName();
    }

    public static void write(EPackage ePackage, String basePackage, Path file) throws IOException {
        OrmGenerator generator = new OrmGenerator(ePackage, basePackage);
        generator.generate();
        Files.createDirectories(file.getParent());
        Files.writeString(file, generator.xml, StandardCharsets.UTF_8);
    }

    private void generate() {
        line(0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        line(0, "<!-- Generated from the Ecore model " + ePackage.getNsURI() + " by the Samverka build. Do not edit. -->");
        line(0, "<entity-mappings xmlns=\"https://jakarta.ee/xml/ns/persistence/orm\"");
        line(0, "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
        line(0, "    xsi:schemaLocation=\"https://jakarta.ee/xml/ns/persistence/orm https://jakarta.ee/xml/ns/persistence/orm/orm_3_1.xsd\"");
        line(0, "    version=\"3.1\">");
        line(1, "<persistence-unit-metadata>");
        line(2, "<xml-mapping-metadata-complete/>");
        line(2, "<persistence-unit-defaults>");
        line(3, "<access>FIELD</access>");
        line(2, "</persistence-unit-defaults>");
        line(1, "</persistence-unit-metadata>");
        for (EClass eClass : classes()) {
            if (eClass.isAbstract()) {
                line(1, "<mapped-superclass class=\"" + impl(eClass) + "\">");
                attributes(eClass);
                line(1, "</mapped-superclass>");
            }
        }
        for (EClass eClass : classes()) {
            if (!eClass.isAbstract()) {
                line(1, "<entity class=\"" + impl(eClass) + "\" name=\"" + eClass.getName() + "\">");
                line(2, "<table name=\"" + sql(eClass.getName()) + "\"/>");
                attributes(eClass);
                line(1, "</entity>");
            }
        }
        line(0, "</entity-mappings>");
    }

    private List<EClass> classes() {
        List<EClass> classes = new ArrayList<>();
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isInterface()) {
                classes.add(eClass);
            }
        }
        return classes;
    }

    private void attributes(EClass eClass) {
        List<EAttribute> attributes = eClass.getEAttributes();
        List<EReference> references = eClass.getEReferences();
        line(2, "<attributes>");
        for (EAttribute a : attributes) {
            if (a.getName().equals("id")) {
                line(3, "<id name=\"id\"><column name=\"ID\" length=\"36\"/></id>");
            }
        }
        for (EAttribute a : attributes) {
            if (!a.isMany() && !a.getName().equals("id") && !a.getName().equals("version")) {
                basic(eClass, a);
            }
        }
        for (EAttribute a : attributes) {
            if (a.getName().equals("version")) {
                line(3, "<version name=\"version\"><column name=\"ROW_VERSION\"/></version>");
            }
        }
        for (EReference r : references) {
            if (!r.isMany() && !r.isContainment()) {
                line(3, "<many-to-one name=\"" + r.getName() + "\" target-entity=\"" + impl(r.getEReferenceType())
                        + "\" fetch=\"EAGER\">");
                line(4, "<join-column name=\"" + sql(r.getName()) + "_ID\"/>");
                line(3, "</many-to-one>");
            }
        }
        for (EReference r : references) {
            if (r.isMany() && r.isContainment()) {
                String owner = sql(eClass.getName());
                line(3, "<one-to-many name=\"" + r.getName() + "\" target-entity=\"" + impl(r.getEReferenceType())
                        + "\" fetch=\"EAGER\" orphan-removal=\"true\">");
                line(4, "<order-column name=\"" + owner + "_" + sql(r.getName()) + "_SEQ\"/>");
                line(4, "<join-column name=\"" + owner + "_" + sql(r.getName()) + "_ID\"/>");
                line(4, "<cascade><cascade-all/></cascade>");
                line(3, "</one-to-many>");
            }
        }
        for (EReference r : references) {
            if (!r.isMany() && r.isContainment()) {
                line(3, "<one-to-one name=\"" + r.getName() + "\" target-entity=\"" + impl(r.getEReferenceType())
                        + "\" fetch=\"EAGER\" orphan-removal=\"true\">");
                line(4, "<join-column name=\"" + sql(r.getName()) + "_ID\"/>");
                line(4, "<cascade><cascade-all/></cascade>");
                line(3, "</one-to-one>");
            }
        }
        for (EReference r : references) {
            if (r.isMany() && !r.isContainment()) {
                String table = sql(eClass.getName()) + "_" + sql(r.getName());
                line(3, "<many-to-many name=\"" + r.getName() + "\" target-entity=\"" + impl(r.getEReferenceType())
                        + "\" fetch=\"EAGER\">");
                line(4, "<order-column name=\"SEQ\"/>");
                line(4, "<join-table name=\"" + table + "\">");
                line(5, "<join-column name=\"OWNER_ID\"/>");
                line(5, "<inverse-join-column name=\"TARGET_ID\"/>");
                line(4, "</join-table>");
                line(3, "</many-to-many>");
            }
        }
        for (EAttribute a : attributes) {
            if (a.isMany()) {
                String table = sql(eClass.getName()) + "_" + sql(a.getName());
                line(3, "<element-collection name=\"" + a.getName() + "\" target-class=\"" + javaType(a)
                        + "\" fetch=\"EAGER\">");
                line(4, "<order-column name=\"SEQ\"/>");
                line(4, "<column name=\"ITEM\" length=\"60\"/>");
                if (a.getEAttributeType() instanceof EEnum) {
                    line(4, "<enumerated>STRING</enumerated>");
                }
                line(4, "<collection-table name=\"" + table + "\"><join-column name=\"OWNER_ID\"/></collection-table>");
                line(3, "</element-collection>");
            }
        }
        line(2, "</attributes>");
    }

    private void basic(EClass eClass, EAttribute a) {
        String column = sql(a.getName());
        String type = a.getEAttributeType().getInstanceClassName();
        StringBuilder b = new StringBuilder("<basic name=\"" + a.getName() + "\"><column name=\"" + column + "\"");
        if (a.getEAttributeType() instanceof EEnum) {
            b.append(" length=\"60\"/><enumerated>STRING</enumerated>");
        } else if (a.getEAttributeType() == EcorePackage.Literals.EDATE) {
            b.append("/><temporal>TIMESTAMP</temporal>");
        } else if (a.getEAttributeType() == EcorePackage.Literals.EBIG_DECIMAL) {
            b.append(" precision=\"19\" scale=\"2\"/>");
        } else if ("java.lang.String".equals(type)) {
            b.append(" length=\"32672\"/>");
        } else {
            b.append("/>");
        }
        b.append("</basic>");
        line(3, b.toString());
    }

    private String impl(EClass eClass) {
        return javaPackage + ".impl." + eClass.getName() + "Impl";
    }

    private String javaType(EAttribute a) {
        if (a.getEAttributeType() instanceof EEnum e) {
            return javaPackage + "." + e.getName();
        }
        String name = a.getEAttributeType().getInstanceClassName();
        return switch (name) {
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "boolean" -> "java.lang.Boolean";
            default -> name;
        };
    }

    /** "modifiedAt" → "MODIFIED_AT"; reserved words get a trailing underscore. */
    static String sql(String name) {
        String snake = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        return RESERVED.contains(snake) ? snake + "_" : snake;
    }

    private void line(int indent, String text) {
        xml.append("  ".repeat(indent)).append(text).append('\n');
    }
}
