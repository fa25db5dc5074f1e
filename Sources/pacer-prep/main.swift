print("pacer-prep: not built yet")
