"""The image library in the admin: upload a picture with its text alternative, then choose it on pages."""

from django import forms
from django.contrib import admin
from django.core.files.storage import default_storage
from django.db.models import Count
from django.utils.decorators import method_decorator
from django.utils.html import format_html, format_html_join
from django.views.decorators.csrf import csrf_exempt

from . import image_files, services
from .image_uploads import UPLOAD_FIELD, ImageUploadHandler
from .models import Image

ALT_TEXT_MISSING = (
    "Describe what the picture shows for patients who cannot see it, or tick “Decorative” if it adds "
    "nothing to the text."
)
ALT_TEXT_ON_DECORATIVE = (
    "Screen readers skip a decorative picture, so this text would never be read: clear it, or untick "
    "“Decorative”."
)


class ImageForm(forms.ModelForm):
    class Meta:
        model = Image
        fields = ["alt_text", "is_decorative"]
        widgets = {"alt_text": forms.Textarea(attrs={"rows": 2})}

    def clean(self):
        cleaned_data = super().clean()
        alt_text = (cleaned_data.get("alt_text") or "").strip()
        cleaned_data["alt_text"] = alt_text
        if cleaned_data.get("is_decorative") and alt_text:
            self.add_error(
                "alt_text", forms.ValidationError(ALT_TEXT_ON_DECORATIVE, code="alt_on_decorative")
            )
        elif not cleaned_data.get("is_decorative") and not alt_text:
            self.add_error("alt_text", forms.ValidationError(ALT_TEXT_MISSING, code="alt_missing"))
        return cleaned_data


class ImageUploadForm(ImageForm):
    upload = forms.FileField(
        label="Picture",
        help_text="A JPEG, PNG or WebP file. Camera details and location are removed before it is stored, "
        "and it is made in the sizes phones and computers need.",
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    class Meta(ImageForm.Meta):
        fields = [UPLOAD_FIELD, *ImageForm.Meta.fields]

    def clean_upload(self):
        upload = self.cleaned_data[UPLOAD_FIELD]
        self.picture = image_files.picture_open(upload)
        return upload


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    """Not under revision control: a revision keeps rows, not files, and a restored row would show nothing."""

    list_display = ["thumbnail", "__str__", "is_decorative", "size", "pages_using", "uploaded_at"]
    list_display_links = ["__str__"]
    # No filter sidebar: the admin's filter links are smaller than WCAG 2.2's 24 px targets, and a
    # clinic's few dozen pictures are found by searching their description or file name.
    search_fields = ["alt_text", "original_name"]
    readonly_fields = ["preview", "original_name", "size", "uploaded_at", "used_on"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                page_count=Count("hero_of_pages", distinct=True)
                + Count("sections", distinct=True)
                + Count("physician_photos", distinct=True)
            )
        )

    def get_form(self, request, obj=None, **kwargs):
        kwargs["form"] = ImageForm if obj else ImageUploadForm
        return super().get_form(request, obj, **kwargs)

    def get_fields(self, request, obj=None):
        if obj is None:
            return [UPLOAD_FIELD, "alt_text", "is_decorative"]
        return ["preview", "alt_text", "is_decorative", "original_name", "size", "uploaded_at", "used_on"]

    # The one view of the site that takes a file. CSRF is still checked: the admin's changeform_view
    # does it, after the handler is in place (the middleware's check would read the body first).
    @method_decorator(csrf_exempt)
    def add_view(self, request, form_url="", extra_context=None):
        request.upload_handlers = [ImageUploadHandler(request)]
        return super().add_view(request, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
        else:
            upload = form.cleaned_data[UPLOAD_FIELD]
            services.image_create(image=obj, picture=form.picture, original_name=upload.name)

    def delete_model(self, request, obj):
        services.image_delete(obj)

    def delete_queryset(self, request, queryset):
        for image in queryset:
            services.image_delete(image)

    @admin.display(description="Picture")
    def thumbnail(self, obj):
        smallest = (obj.renditions.get("jpeg") or [[0, 0, obj.file.name]])[0]
        return format_html(
            '<img src="{}" alt="" width="120" height="{}" loading="lazy">',
            default_storage.url(smallest[2]),
            max(1, round(120 * obj.height / obj.width)),
        )

    @admin.display(description="Picture")
    def preview(self, obj):
        return self.thumbnail(obj)

    @admin.display(description="Size")
    def size(self, obj):
        return f"{obj.width} × {obj.height} pixels"

    @admin.display(description="Used on", ordering="page_count")
    def pages_using(self, obj):
        return obj.page_count

    @admin.display(description="Used on")
    def used_on(self, obj):
        pages = list(obj.hero_of_pages.all()) + [
            section.page for section in obj.sections.select_related("page")
        ]
        titles = [page.title for page in dict.fromkeys(pages)]
        titles += [f"{physician.name}'s profile" for physician in obj.physician_photos.all()]
        if not titles:
            return "No page yet. Choose it as a page's hero image, a section's image or a physician's photo."
        return format_html_join(", ", "{}", ((title,) for title in titles))
