// tools/gen.py
