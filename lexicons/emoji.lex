# emoji.lex — earshot's shared emoji and emoticon lexicon (format: docs/lexicons.md).
#
# Written by hand for earshot from how emoji and emoticons are used in posts,
# complaints and praise; not derived from any published emoji sentiment list.
# Keys drop variation selectors and skin tones (so 👍🏽 is 👍); an unlisted ZWJ
# sequence falls back to its first emoji, so only sequences whose meaning differs
# from their first emoji are listed (❤‍🔥, 😮‍💨, 🏳‍🌈 …). Emoticons whose letters vary
# in case (xd, :p, t_t, o_o) are written in lower case; the scorer retries the folded form.
# Ambiguous emoji are kept mild: 😂 and 💀 are laughter but also follow complaints,
# 😭 is grief but also "too good", 🙏 is thanks and pleading.
@lang emoji

[valence]

# Smiling and laughing faces
😀	2.0
😃	2.2
😄	2.3
😁	2.2
😆	2.0
😅	0.8
🤣	1.5
😂	0.6
🙂	1.0
🙃	-0.3
😉	1.2
😊	2.3
😇	1.8
🥲	0.3
☺	2.0
☻	2.0
😌	1.5
🫠	-0.5

# Affection
🥰	3.0
😍	3.0
🤩	3.0
😘	2.5
😗	1.2
😚	2.0
😙	1.8
🥹	1.5
🤗	2.2
🫶	2.8

# Playful, food and tongue faces
😋	2.2
😛	1.2
😜	1.3
🤪	1.0
😝	1.2
🤑	1.0
🤤	1.2
🤠	1.5
🥳	3.0
😎	2.0
🤓	0.5
🥸	0.3
😏	0.3
😈	0.3

# Hand over mouth, thinking, neutral and sceptical faces
🤭	0.8
🫢	-0.3
🫣	-0.3
🤫	0
🤔	-0.3
🫡	1.0
🤐	-0.5
🤨	-1.0
😐	-0.5
😑	-1.0
😶	-0.5
🫥	-0.5
😶‍🌫	-0.5
🧐	-0.3
😒	-2.0
🙄	-2.0
😬	-1.0
🤥	-1.5
😮‍💨	-0.8
🗿	0

# Tired, ill and unwell
😔	-1.8
😪	-1.2
😴	-0.5
😷	-1.0
🤒	-1.5
🤕	-1.5
🤢	-2.5
🤮	-3.0
🤧	-1.0
🥵	-0.5
🥶	-0.8
🥴	-0.8
😵	-1.5
😵‍💫	-1.0
🤯	-0.5
🥱	-1.0
🫨	-0.8

# Worried, sad and afraid
😕	-1.2
🫤	-1.0
😟	-1.8
🙁	-1.5
☹	-2.0
😮	-0.3
😯	-0.3
😲	-0.5
😳	-0.8
🥺	-0.5
😦	-1.2
😧	-1.5
😨	-2.0
😰	-2.0
😥	-1.5
😢	-2.2
😭	0
😱	-1.8
😖	-2.0
😣	-1.8
😞	-2.2
😓	-1.5
😩	-2.0
😫	-2.0

# Angry faces
😤	-1.0
😠	-2.8
😡	-3.0
🤬	-3.5
👿	-2.0
💢	-2.0

# Costume faces and creatures
💀	0.3
☠	-1.5
💩	-2.5
🤡	-2.3
👹	-1.5
👺	-1.5
👻	0.3
👽	0
👾	0.5
🤖	0

# Cat faces and monkeys
😺	1.8
😸	2.0
😹	1.5
😻	2.8
😼	0.3
😽	2.0
🙀	-0.5
😿	-2.0
😾	-2.0
🙈	0.5
🙉	0
🙊	0.5

# Hearts
❤	3.0
🧡	2.8
💛	2.8
💚	2.8
💙	2.8
💜	2.8
🖤	1.0
🤍	2.5
🤎	2.5
🩷	2.8
🩵	2.8
🩶	2.0
💔	-2.8
❣	2.5
# text-symbol hearts (suit and outline), typed as love marks
♥	2.5
♡	2.5
💕	3.0
💞	3.0
💓	3.0
💗	3.0
💖	3.0
💘	2.8
💝	2.8
💟	2.5
❤‍🔥	3.0
❤‍🩹	1.0
💋	2.0
💌	2.0
💑	2.0
💏	2.0
🫂	2.5

# Hands and gestures
👍	2.0
👎	-2.5
👏	1.8
🙌	2.5
👐	1.0
🤲	1.0
🤝	1.8
🙏	1.2
✌	1.5
🤞	1.0
🫰	1.5
🤟	2.0
🤘	2.0
👌	1.8
🤌	0.5
🤏	0
👈	0
👉	0
👆	0
👇	0
☝	0
🫵	-0.3
✊	1.0
👊	0.5
🤛	1.0
🤜	1.0
👋	0.5
✋	0
🖐	0
🤚	0
🖕	-3.0
💪	2.0
🦾	1.5
✍	0
💅	0.8
🫱	0.5
🫲	0.5

# People and body language
🤦	-2.0
🤷	-0.5
🙅	-1.5
🙆	1.0
🙋	0.5
💁	0.3
🙇	0.5
🙎	-1.5
🙍	-1.5
💃	2.0
🕺	2.0
👯	1.5
👀	0
👁	0
🧠	0.5

# Celebration, awards, value
🎉	2.8
🎊	2.5
🎈	1.5
🎁	2.0
🎂	2.0
🏆	2.5
🥇	2.5
🥈	1.0
🥉	0.5
🏅	2.0
🎖	1.5
👑	2.0
💎	2.0
💰	1.0
💵	0.5
💸	-1.0
🥂	2.2
🍾	2.2
🍻	2.0
🍺	1.0
🍷	1.0

# Marks and signs
💯	2.5
🔥	2.0
✨	1.8
⭐	2.0
🌟	2.5
💫	1.5
⚡	0.5
💥	0.5
✅	2.0
✔	1.5
☑	1.5
❌	-2.0
✖	-1.0
❎	-1.5
⛔	-2.0
🚫	-2.0
⚠	-1.5
❗	-0.5
‼	-0.5
❓	-0.5
⁉	-1.0
❔	-0.3
❕	-0.3
🆗	1.0
🆒	1.5
🆕	0.5
🆓	1.0
🆘	-2.5
🔝	1.5
🆙	0.5
🛑	-1.5
🚨	-1.5
📵	-1.0
📴	-0.5
🔞	-0.5
♻	0.5
☮	1.5
☯	0.5
💤	-0.5
💣	-1.0
🕳	-0.5
🗑	-2.0
🚮	-1.0

# Time, slowness, waiting, breakage
⏳	-0.8
⌛	-0.8
⏰	-0.3
🐢	-1.0
🐌	-1.2
🦗	-1.0
🐛	-1.0
🪫	-1.0
🔋	0.5
🩹	-0.5
💊	-0.5
🏥	-0.5
🚑	-1.0
📉	-1.5
📈	1.5
🚀	2.0
🎯	1.5
💡	1.0

# Animals people use as verdicts
🐐	2.5
🦄	1.5
🐍	-1.5
🐀	-1.5
🐷	-0.5
🐸	0
🐶	1.0
🐱	1.0
🦋	1.5
🐝	0.5
🕊	1.5

# Nature and weather
🌈	1.5
☀	1.5
🌞	2.0
🌝	1.0
🌚	0.5
🌤	1.0
🌧	-1.0
⛈	-1.5
🌩	-1.0
🌪	-1.5
🥀	-1.5
🌹	2.0
🌸	1.8
🌺	1.8
🌻	2.0
🌷	1.8
💐	2.2
🌼	1.8
🍀	1.8
🌱	1.0
🪦	-2.0
⚰	-2.0

# Food, drink, fun
☕	0.5
🍿	0.5
🧂	-1.0
🍋	-0.5
🍰	1.5
🍕	1.0
🍓	1.0
🎶	1.5
🎵	1.2
🎧	0.5
🎮	0.5
🎨	1.0
🎤	0.5

# Sequences that mean more than their first emoji
🏳‍🌈	1.0
🏳	-0.5
👁‍🗨	0

# Seasonal, leisure and objects with a tone
🎆	2.0
🎇	2.0
🪅	1.5
🪩	1.5
🎄	1.5
🎅	1.0
🎃	0.5
⛄	0.5
🧨	0.5
🌠	1.5
🌙	0.5
🪄	1.0
💍	2.0
👼	1.5
🧸	1.0
🏖	1.5
🏝	1.5
🌴	1.0
🧘	1.0
🤸	1.0
🛍	0.5
🔜	0.5
🆖	-1.0
🦠	-1.0
🧟	-0.5
🔪	-1.5
🗡	-1.0
🔫	-1.5
🩸	-0.5
🚽	-0.5
🫦	1.0
👅	0.5
🍩	1.0
🍦	1.0
🍫	1.0
🍪	1.0
🧁	1.5
🍭	1.0
🍬	1.0
🌮	1.0
🍣	1.0
🍔	0.5
🍜	0.5
🥗	0.5

# Emoticons: happy
:)	1.8
:-)	1.8
:]	1.5
:-]	1.5
=)	1.8
=]	1.5
:o)	1.5
:}	1.5
:-}	1.5
:>	1.2
:->	1.2
(:	1.8
(-:	1.8
:3	1.5
:-3	1.5
^^	1.8
^_^	2.0
^.^	1.8
^-^	1.8
^o^	2.0
(^_^)	2.0
(^^)	1.8
:D	2.5
:-D	2.5
=D	2.5
xd	1.8

# Winks, tongue and kisses
;)	1.2
;-)	1.2
;]	1.2
;D	1.8
;-D	1.8
:p	1.0
:-p	1.0
=p	1.0
;p	1.0
;-p	1.0
xp	1.0
:*	2.0
:-*	2.0
;*	2.0
:x	0.5

# Love
<3	2.8
<33	3.0
<333	3.0
</3	-2.5
<\3	-2.5

# Tears of joy
:')	1.8
:'-)	1.8
:'d	1.8

# Sad and crying
:(	-1.8
:-(	-1.8
:[	-1.5
:-[	-1.5
=(	-1.8
=[	-1.5
):	-1.8
)-:	-1.8
:c	-1.5
:-c	-1.5
:<	-1.5
:-<	-1.5
:'(	-2.3
:'-(	-2.3
:,(	-2.3
;(	-1.8
;-(	-1.8
;_;	-2.0
t_t	-2.0
t.t	-2.0
tt_tt	-2.0
t-t	-2.0
t__t	-2.0
t___t	-2.0
;c	-1.5
;-c	-1.5

# Unsure, annoyed and unimpressed
:/	-1.0
:-/	-1.0
:\	-1.0
:-\	-1.0
=/	-1.0
=\	-1.0
:|	-0.8
:-|	-0.8
=|	-0.8
-_-	-1.2
-.-	-1.2
-__-	-1.2
>_<	-1.5
>.<	-1.5
:s	-1.0
:-s	-1.0
:$	-0.5

# Angry and shocked
>:(	-2.5
>:-(	-2.5
>:[	-2.5
:@	-2.5
:-@	-2.5
d:	-2.0
d:<	-2.5
:o	-0.5
:-o	-0.5
>:o	-2.0
o_o	-0.5
o.o	-0.5
0_0	-0.5

# Mischief
>:)	0.5
>:-)	0.5
>:d	0.8
