# A comment line starts with '#' (after optional white space).
@lang pl                      # required, before any entry: ISO 639-1 code, or "emoji", or "any"
@stemmer light:pl             # optional: stemming strategy (default: the language's own, see stem.h)

[valence]                     # the default section
dobry            2.0          # a word: term, white space, valence in [-4, +4]
beznadziej*     -2.5          # a prefix entry: every word starting with "beznadziej"
nie polecam     -2.2          # a multi-word expression (2..6 tokens), matched on consecutive tokens
na pewno nie*   -1.0          # each token of an expression may itself be a prefix ("nie*")

[negators]                    # words that negate the sentiment of what follows (no value)
nie
nigdy
*n't                          # suffix pattern: any word ending in "n't" (negators only)

[negation-prefixes]           # prefix negation: "niedobry" = nie + dobry (value: min rest length, default 3)
nie   3
ne    3

[intensifiers]                # value > 0 boosts (very: 0.293), value < 0 dampens (slightly: -0.293)
bardzo           0.293
trochę          -0.293
w ogóle          0.293        # expressions allowed

[contrast]                    # contrast words: terms before ×contrast_before, after ×contrast_after
ale
jednak

[settings]                    # rule weights for this language: key = value
negation_scalar = -0.74
double_negation = concord     # concord (negators count once) | flip (each one flips: VADER)
