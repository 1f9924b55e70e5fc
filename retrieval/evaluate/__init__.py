"""Question sets, fidelity metrics, baselines, and training of the selector."""
