  # c
@lang en # c

[valence] # c
good 1.9 # note # more
c#s 0.5
