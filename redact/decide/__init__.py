"""Decision: turn findings into redact/keep decisions with a Woo ground (policy.Decider)."""
