package a

//vippslint:ignore vipps-client-secret rotated long ago, kept for the regression test
var ok = 1

/* vippslint:ignore vipps-client-secret */ // want `malformed vippslint:ignore: directive has no reason`
var noReason = 2

var noRule = 3 /* vippslint:ignore */ // want `malformed vippslint:ignore: directive names no rule`
