print("pacer-prep-bench: not built yet")
