// replaced by the dashboard views
