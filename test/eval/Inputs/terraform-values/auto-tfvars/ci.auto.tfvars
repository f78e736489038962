wipe = true
