/** Where the dataset comes from: the file shipped with the app, or a deployment's own endpoint. */
export const dataUrl: string =
  import.meta.env.VITE_DATA_URL || `${import.meta.env.BASE_URL}data/qpdp-dataset.json`;
