// LabData: under construction.
