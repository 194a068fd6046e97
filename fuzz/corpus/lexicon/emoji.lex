@lang emoji
👍 1.8
❤️ 3
👩‍💻 0.5
🇵🇱 0.1
1️⃣ 0
:) 2
XD 1.5
:* 2
\o/ 2.2
<3 2.5
[settings]
alpha = 10
