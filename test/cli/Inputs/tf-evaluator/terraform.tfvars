protect_db = true
