package se.samverka.testing.ui;

/** How a user reads a label: without the mnemonic marker and without the accelerator after a tab. */
final class Labels {

    private Labels() {
    }

    static String visible(String text) {
        if (text == null) {
            return "";
        }
        int tab = text.indexOf('\t');
        String withoutAccelerator = tab >= 0 ? text.substring(0, tab) : text;
        StringBuilder visible = new StringBuilder(withoutAccelerator.length());
        for (int i = 0; i < withoutAccelerator.length(); i++) {
            char c = withoutAccelerator.charAt(i);
            if (c == '&') {
                if (i + 1 < withoutAccelerator.length() && withoutAccelerator.charAt(i + 1) == '&') {
                    visible.append('&');
                    i++;
                }
                continue;
            }
            visible.append(c);
        }
        return visible.toString().strip();
    }
}
