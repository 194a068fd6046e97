# Test fixture: a tiny emoji/emoticon lexicon for the scorer's unit tests.
@lang emoji

[valence]
😡     -3.0
😂      1.0
👍      1.8
❤       3.0
👨      0.5
:)      2.0
:(     -2.0
<3      2.5
