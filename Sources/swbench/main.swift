import SingleWindowKit
print("bench")
