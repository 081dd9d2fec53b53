"""The review: proposals shown in their text, decisions recorded (reads the work folder, writes decisions only)."""
