// Package loneidon is loneid's lone client_id with
// Config.ReportLoneClientIDs (report_lone_client_ids: true): reported.
package loneidon

const vippsClientID = "4e7b2c91-5d3a-4f08-b6e1-9a2c7d0f3b58" // want `vipps client id "4e7b…"`

var _ = vippsClientID
