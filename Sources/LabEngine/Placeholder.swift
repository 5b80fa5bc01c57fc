// LabEngine: under construction.
