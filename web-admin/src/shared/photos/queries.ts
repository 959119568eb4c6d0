import { graphql } from '../../gql';

export const UploadPhotoMutation = graphql(`
  mutation UploadPhoto($file: File!) {
    uploadPhoto(file: $file) {
      id
      url
      contentType
      byteSize
    }
  }
`);
