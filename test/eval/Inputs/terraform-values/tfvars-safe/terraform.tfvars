protect = true
