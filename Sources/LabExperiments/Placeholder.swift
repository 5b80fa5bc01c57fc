// LabExperiments: under construction.
