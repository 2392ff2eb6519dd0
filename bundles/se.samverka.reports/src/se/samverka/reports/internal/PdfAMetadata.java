package se.samverka.reports.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import se.samverka.reports.DocumentInfo;

/**
 * What makes a document PDF/A-2u besides its embedded fonts: the sRGB output intent, the XMP metadata with the
 * PDF/A identification, the document information agreeing with it, and the document's language.
 */
public final class PdfAMetadata {

    /** The producer written into both the information and the XMP. */
    public static final String PRODUCER = "Samverka reports (Apache PDFBox)";

    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfAMetadata() {
    }

    public static void apply(PDDocument document, DocumentInfo info) throws IOException {
        Calendar created = GregorianCalendar.from(info.created().withNano(0));
        created.setTimeZone(TimeZone.getTimeZone(info.created().getZone()));
        String language = info.language().toLanguageTag();

        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(info.title());
        information.setAuthor(info.author());
        if (info.subject() != null) {
            information.setSubject(info.subject());
        }
        information.setCreator(info.creatorTool());
        information.setProducer(PRODUCER);
        information.setCreationDate(created);
        information.setModificationDate(created);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(info.title());
        dc.addCreator(info.author());
        if (info.subject() != null) {
            dc.setDescription(info.subject());
        }
        dc.addLanguage(language);
        dc.setFormat("application/pdf");
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(info.creatorTool());
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        PDFAIdentificationSchema identification = xmp.createAndAddPDFAIdentificationSchema();
        identification.setPart(2);
        try {
            identification.setConformance("U");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (TransformerException e) {
            throw new IOException("The XMP metadata cannot be written", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(serialized.toByteArray());
        document.getDocumentCatalog().setMetadata(metadata);
        document.getDocumentCatalog().setLanguage(language);

        PDOutputIntent intent = new PDOutputIntent(document,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }
}
