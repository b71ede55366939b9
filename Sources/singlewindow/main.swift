import Workstation
print(WorkstationInfo.name)
