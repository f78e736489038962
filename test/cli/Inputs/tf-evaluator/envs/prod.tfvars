cleanup_bucket = true
