// Types for opencc-js's dictionary modules (the package ships none for them): each exports its table as one string.
declare module 'opencc-js/dict/*' {
  const table: string;
  export default table;
}
