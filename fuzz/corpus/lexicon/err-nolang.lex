good 1
