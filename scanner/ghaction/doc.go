// Package ghaction is the logic of `vippslint action`, the GitHub Actions
// step: it reads the runner's environment and event payload, decides what
// to scan, and writes the step's outputs and job summary.
//
// # What is scanned
//
// Incumbent actions scan less than their users think: the first 30 commits
// of a pull request from the REST API, a --first-parent walk that skips
// merged content, a range that fails to resolve while the step still
// passes. This package asks git, not the API, and says exactly which range
// it scanned:
//
//   - pull_request and pull_request_target: every commit in
//     base.sha..head.sha, merge commits included and with no cap on the
//     count. The checkout must hold both commits (actions/checkout with
//     fetch-depth: 0 does; for pull_request_target check out the head
//     commit yourself, as the base branch is checked out by default).
//   - merge_group: merge_group.base_sha..merge_group.head_sha.
//   - push: before..after. A new branch or tag (before is all zeros) scans
//     the commits not on the default branch: <default>..after, where
//     <default> is refs/remotes/origin/<repository.default_branch>, else
//     refs/heads/<default branch> (actions/checkout with fetch-depth: 0
//     fetches every branch into refs/remotes/origin). A forced push whose
//     before commit is gone from the clone is scanned the same way, with a
//     warning. When the default branch is not in the checkout, or the push
//     created the default branch itself, every commit reachable from after
//     is scanned: more than the push, never less (excluding "every other
//     remote branch" instead would hide a leak that a second unmerged
//     branch shares). A deleted branch (after is all zeros) scans nothing.
//   - any other event (workflow_dispatch, schedule, ...): the files of the
//     checkout, as `vippslint scan` does.
//
// A shallow checkout is an error, never a silently shorter scan: history
// ranges cut at the shallow boundary give wrong answers (gitleaks #1310).
package ghaction
