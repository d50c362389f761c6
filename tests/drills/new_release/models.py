from django.db import models


class ReleaseNote(models.Model):
    """What a release brings; only here for its migration."""

    text = models.CharField(max_length=200)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.text
