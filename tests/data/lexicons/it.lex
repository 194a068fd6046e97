# Test fixture: a tiny Italian lexicon for the scorer's unit tests.
@lang it
@stemmer none

[valence]
amore         2.5
pessimo      -3.0

[negators]
non
