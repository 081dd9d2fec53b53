"""Sub-commands beyond `run` and `grounds`, one module each, registered in cli.py."""
