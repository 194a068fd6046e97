@lang emoji
👍 1
👍🏽 2
