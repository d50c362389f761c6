"""The "new release" that the rolling-deploy drill deploys: the site as it is, plus this app and its
migration (a table of its own, which the release before neither knows nor minds)."""
