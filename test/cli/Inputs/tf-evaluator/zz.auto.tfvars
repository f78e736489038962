protect_db = false
