package fixnoos

var vippsSubscriptionKey = "9a18ca150d86285bd7d320547c7c022f" // want `vipps subscription key "9a18…"`
