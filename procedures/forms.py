from django import forms


class TextareaField(forms.CharField):
    """A textarea's text with "\\n" line breaks, whichever the browser sent, compared as such.

    Browsers send a textarea's line breaks as "\\r\\n" (the HTML standard says so), while copy loaded
    by load_clinic_content or a script has "\\n": compared as they came, every multi-line section of
    a page counted as changed on its first save in a browser, and the history listed them all.
    """

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n").replace("\r", "\n")

    def has_changed(self, initial, data):
        # The stored text passes through the same cleaning (line breaks, outer spaces) as the typed text.
        return super().has_changed(self.to_python(initial), data)
