"""What an error report (the debug page's text, an email to ADMINS, an error tracker) may show."""

from django.views.debug import SafeExceptionReporterFilter


class SensitiveRequestReporterFilter(SafeExceptionReporterFilter):
    """Show no variable's value in any frame when the request's whole form is sensitive.

    The patient's form and the staff login mark every posted field sensitive with
    sensitive_post_parameters(). sensitive_variables() can only name the variables of our own
    functions; the frames around them (the view's cleaned data, a queryset's create(), the SQL
    parameters of a failed INSERT) hold the same values under other names.
    """

    def get_traceback_frame_variables(self, request, tb_frame):
        if self.is_active(request) and getattr(request, "sensitive_post_parameters", None) == "__ALL__":
            return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]
        return super().get_traceback_frame_variables(request, tb_frame)
